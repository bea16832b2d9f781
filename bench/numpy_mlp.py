#!/usr/bin/python3
"""One epoch of the 784-128(ReLU)-64(ReLU)-10(softmax) MLP in plain numpy, the same work as
dev.nonlinear.bench.TrainingBenchmark: seeded synthetic data, plain SGD (lr 0.01), categorical
cross-entropy fused with softmax (gradient (p - y) / n), per-epoch seeded shuffle.

Prints one line per configuration:
  RESULT impl=numpy dtype=float64 batch=64 samples=60000 median_s=... samples_per_s=... loss=...

Usage: /usr/bin/python3 bench/numpy_mlp.py [--repeats 3] [--dtype float64|float32]
                                           [--samples64 60000] [--samples1 10000]
numpy uses OpenBLAS when Debian's libopenblas0-pthread is installed (2 threads on 2 cores).
"""
import argparse
import statistics
import time

import numpy as np

SIZES = (784, 128, 64, 10)
LEARNING_RATE = 0.01
EPSILON = 1e-12


def synthetic_data(n, dtype, seed=1):
    """Uniform [0, 1) 'pixels'; the label is the argmax of a fixed random linear map of them."""
    rng = np.random.default_rng(seed)
    x = rng.random((n, SIZES[0]))
    teacher = rng.standard_normal((SIZES[0], SIZES[-1]))
    labels = np.argmax((x - 0.5) @ teacher, axis=1)
    y = np.zeros((n, SIZES[-1]))
    y[np.arange(n), labels] = 1
    return x.astype(dtype), y.astype(dtype)


def init_weights(dtype, seed=42):
    """He normal for the ReLU layers, Xavier uniform for the softmax layer, zero biases (as the Java builder)."""
    rng = np.random.default_rng(seed)
    params = []
    for i, (fan_in, fan_out) in enumerate(zip(SIZES[:-1], SIZES[1:])):
        if i < len(SIZES) - 2:
            w = rng.standard_normal((fan_in, fan_out)) * np.sqrt(2.0 / fan_in)
        else:
            limit = np.sqrt(6.0 / (fan_in + fan_out))
            w = rng.uniform(-limit, limit, (fan_in, fan_out))
        params.append([w.astype(dtype), np.zeros(fan_out, dtype=dtype)])
    return params


def outer(a, g):
    """aᵀ·g; for one sample the broadcast product is much faster than a 1-deep matmul."""
    return a.T * g if a.shape[0] == 1 else a.T @ g


def train_epoch(params, x, y, batch, rng):
    (w1, b1), (w2, b2), (w3, b3) = params
    lr = LEARNING_RATE
    n_samples = x.shape[0]
    order = rng.permutation(n_samples)
    loss = 0.0
    for start in range(0, n_samples, batch):
        idx = order[start:start + batch]
        xb = x[idx]
        yb = y[idx]
        n = xb.shape[0]
        # forward
        z1 = xb @ w1 + b1
        h1 = np.maximum(z1, 0)
        z2 = h1 @ w2 + b2
        h2 = np.maximum(z2, 0)
        z3 = h2 @ w3 + b3
        z3 -= z3.max(axis=1, keepdims=True)
        p = np.exp(z3)
        p /= p.sum(axis=1, keepdims=True)
        loss = -np.sum(yb * np.log(np.maximum(p, EPSILON))) / n
        if not np.isfinite(loss):
            raise ArithmeticError("loss became %r" % loss)
        # backward (softmax + cross-entropy fused), no input gradient for the first layer
        g3 = (p - yb) / n
        g2 = (g3 @ w3.T) * (z2 > 0)
        g1 = (g2 @ w2.T) * (z1 > 0)
        # plain SGD
        w3 -= lr * outer(h2, g3)
        b3 -= lr * g3.sum(axis=0)
        w2 -= lr * outer(h1, g2)
        b2 -= lr * g2.sum(axis=0)
        w1 -= lr * outer(xb, g1)
        b1 -= lr * g1.sum(axis=0)
    return loss


def run(batch, samples, repeats, dtype):
    x, y = synthetic_data(samples, dtype)
    params = init_weights(dtype)
    rng = np.random.default_rng(7)
    train_epoch(params, x, y, batch, rng)           # warm-up epoch
    times = []
    loss = float("nan")
    for _ in range(repeats):
        start = time.perf_counter()
        loss = train_epoch(params, x, y, batch, rng)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print("RESULT impl=numpy dtype=%s batch=%d samples=%d median_s=%.4f samples_per_s=%.0f loss=%.4f times=%s"
          % (np.dtype(dtype).name, batch, samples, median, samples / median, loss,
             ",".join("%.3f" % t for t in times)), flush=True)


def matmul(n, repeats):
    """The 1024 x 1024 float64 product through OpenBLAS (dgemm), for comparison with the library's."""
    rng = np.random.default_rng(3)
    a = rng.standard_normal((n, n))
    b = rng.standard_normal((n, n))
    out = np.empty((n, n))
    for _ in range(3):
        np.matmul(a, b, out=out)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        np.matmul(a, b, out=out)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print("RESULT impl=numpy kind=matmul n=%d median_s=%.5f gflops=%.2f times=%s"
          % (n, median, 2.0 * n ** 3 / median / 1e9, ",".join("%.3f" % t for t in times)), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--dtype", default="float64", choices=["float64", "float32"])
    parser.add_argument("--samples64", type=int, default=60000)
    parser.add_argument("--samples1", type=int, default=10000)
    parser.add_argument("--matmul", type=int, default=1024, help="size of the square product, 0 to skip")
    args = parser.parse_args()
    dtype = np.float64 if args.dtype == "float64" else np.float32
    if args.matmul > 0 and dtype == np.float64:
        matmul(args.matmul, max(args.repeats, 5))
    run(64, args.samples64, args.repeats, dtype)
    run(1, args.samples1, args.repeats, dtype)


if __name__ == "__main__":
    main()
