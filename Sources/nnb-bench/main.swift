import NNCore

print("nnb-bench: workloads W1–W3")
