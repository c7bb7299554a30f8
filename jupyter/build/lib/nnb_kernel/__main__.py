"""`python3 -m nnb_kernel install [--user | --prefix DIR]` registers the kernelspec `nnb`;
`python3 -m nnb_kernel -f CONNECTION_FILE` is how Jupyter starts the kernel."""

import argparse
import json
import os
import sys
import tempfile


def install(argv):
    from jupyter_client.kernelspec import KernelSpecManager

    parser = argparse.ArgumentParser(prog="python3 -m nnb_kernel install",
                                     description="Register the nnb kernel with Jupyter.")
    parser.add_argument("--user", action="store_true", help="install for the current user")
    parser.add_argument("--prefix", help="install under PREFIX/share/jupyter/kernels (e.g. a virtual environment)")
    args = parser.parse_args(argv)
    spec = {
        "argv": [sys.executable, "-m", "nnb_kernel", "-f", "{connection_file}"],
        "display_name": "nnb",
        "language": "nnb",
        "interrupt_mode": "signal",
        "metadata": {"debugger": False},
    }
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "kernel.json"), "w") as handle:
            json.dump(spec, handle, indent=1)
        path = KernelSpecManager().install_kernel_spec(folder, "nnb", user=args.user, prefix=args.prefix)
    print("installed the nnb kernelspec in %s" % path)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "install":
        install(sys.argv[2:])
        return
    from ipykernel.kernelapp import IPKernelApp

    from .kernel import NnbKernel

    IPKernelApp.launch_instance(kernel_class=NnbKernel)


if __name__ == "__main__":
    main()
