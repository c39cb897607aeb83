"""What every way of taking part shares: audiences and eligibility, the phase window, the visitor's state, the base block (docs/architecture.md)."""
