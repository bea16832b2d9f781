#!/usr/bin/python3
"""One epoch of the 784-128(ReLU)-64(ReLU)-10(softmax) MLP in PyTorch, the same work as
dev.nonlinear.bench.TrainingBenchmark and bench/numpy_mlp.py: seeded synthetic data, plain SGD
(lr 0.01), cross-entropy fused with softmax (F.cross_entropy on the logits), per-epoch shuffle.

Prints one line per configuration:
  RESULT impl=torch dtype=float64 batch=64 samples=60000 median_s=... samples_per_s=... loss=...

Usage: /usr/bin/python3 bench/torch_mlp.py [--repeats 3] [--dtype float64|float32] [--threads N]
On a 2-core machine torch is fastest with OPENBLAS_NUM_THREADS=1 and torch.set_num_threads(2)
(OpenBLAS and torch's own pool both at 2 threads oversubscribe the cores); this script sets both.
"""
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")   # must happen before torch loads OpenBLAS

import argparse
import statistics
import time

import numpy as np
import torch
import torch.nn.functional as F

SIZES = (784, 128, 64, 10)
LEARNING_RATE = 0.01


def synthetic_data(n, seed=1):
    """The same recipe as numpy_mlp.py: uniform pixels, label = argmax of a fixed random linear map."""
    rng = np.random.default_rng(seed)
    x = rng.random((n, SIZES[0]))
    teacher = rng.standard_normal((SIZES[0], SIZES[-1]))
    labels = np.argmax((x - 0.5) @ teacher, axis=1)
    return x, labels


def build_model(dtype, seed=42):
    """He normal for the ReLU layers, Xavier uniform for the output layer, zero biases (as the Java builder)."""
    torch.manual_seed(seed)
    layers = []
    for i, (fan_in, fan_out) in enumerate(zip(SIZES[:-1], SIZES[1:])):
        linear = torch.nn.Linear(fan_in, fan_out)
        if i < len(SIZES) - 2:
            torch.nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
        else:
            torch.nn.init.xavier_uniform_(linear.weight)
        torch.nn.init.zeros_(linear.bias)
        layers.append(linear)
        if i < len(SIZES) - 2:
            layers.append(torch.nn.ReLU())
    return torch.nn.Sequential(*layers).to(dtype)


def train_epoch(model, optimizer, x, labels, batch, generator):
    n_samples = x.shape[0]
    order = torch.randperm(n_samples, generator=generator)
    loss_value = float("nan")
    for start in range(0, n_samples, batch):
        idx = order[start:start + batch]
        xb = x[idx]
        yb = labels[idx]
        optimizer.zero_grad(set_to_none=False)
        loss = F.cross_entropy(model(xb), yb)
        loss_value = loss.item()                     # the Java trainer checks every batch loss too
        if loss_value != loss_value or loss_value in (float("inf"), float("-inf")):
            raise ArithmeticError("loss became %r" % loss_value)
        loss.backward()
        optimizer.step()
    return loss_value


def run(batch, samples, repeats, dtype):
    x_np, labels_np = synthetic_data(samples)
    x = torch.from_numpy(x_np).to(dtype)
    labels = torch.from_numpy(labels_np)
    model = build_model(dtype)
    optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)
    generator = torch.Generator().manual_seed(7)
    train_epoch(model, optimizer, x, labels, batch, generator)     # warm-up epoch
    times = []
    loss = float("nan")
    for _ in range(repeats):
        start = time.perf_counter()
        loss = train_epoch(model, optimizer, x, labels, batch, generator)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print("RESULT impl=torch dtype=%s batch=%d samples=%d median_s=%.4f samples_per_s=%.0f loss=%.4f times=%s"
          % (str(dtype).replace("torch.", ""), batch, samples, median, samples / median, loss,
             ",".join("%.3f" % t for t in times)), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--dtype", default="float64", choices=["float64", "float32"])
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--samples64", type=int, default=60000)
    parser.add_argument("--samples1", type=int, default=10000)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    dtype = torch.float64 if args.dtype == "float64" else torch.float32
    run(64, args.samples64, args.repeats, dtype)
    run(1, args.samples1, args.repeats, dtype)


if __name__ == "__main__":
    main()
