"""A Jupyter kernel for nnb: runs .nnb cells in one `nnb --kernel` session per notebook."""

__version__ = "0.1.0"
