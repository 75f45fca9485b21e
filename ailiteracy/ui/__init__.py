"""The Qt user interface: widgets, models and wiring."""
