"""The local test server window, and *Reproduce from report…* (a replica of a customer's server)."""
