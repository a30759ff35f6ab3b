"""SwyxON Desktop: enter, validate, store and test the SMTP settings of SwyxON and its UC tenants."""

__version__ = "0.1.0"
APP_NAME = "swyxon-desktop"
APP_DISPLAY_NAME = "SwyxON Desktop"
