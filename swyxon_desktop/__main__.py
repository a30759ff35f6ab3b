from swyxon_desktop.cli import main

raise SystemExit(main())
