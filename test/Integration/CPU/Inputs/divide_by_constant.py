"""Inputs and the bit-level check of divide-by-constant.test.

  gen DIR: DIR/x.npy, 2^20 f32 bit patterns spread over every sign and
           exponent (a stride of 4093 through all 2^32), with zeros,
           infinities, NaN, the smallest and largest normal and subnormal
           numbers first; DIR/x64.npy, 2^16 f64 patterns likewise.
  check DIR PREFIX: compares PREFIX<i>.npy (the results of @divide or
           @divide_f64) with numpy's IEEE division, bit by bit: every
           quotient must be identical, except quotients below the smallest
           normal number, which may differ by one ulp. Prints the counts.
  selftest DIR: the same check of a plain reciprocal multiply x * (1 / c)
           (what LLVM's `arcp` gives), which it must find wrong.
"""
import sys

import numpy as np

F32 = [6.0, 3136.0, 10.0, -3.0, 49.0, 4.0]
F64 = [6.0, 10.0]


def specials(dtype):
    info = np.finfo(dtype)
    tiny = info.smallest_subnormal
    return np.array([0.0, -0.0, np.inf, -np.inf, np.nan, info.tiny, -info.tiny,
                     tiny, -tiny, info.max, -info.max, info.tiny * 6,
                     info.tiny * 3136, 1.0, -1.0, 6.0], dtype=dtype)


def gen(d):
    bits = (np.arange(1 << 20, dtype=np.uint64) * 4093 + 17) % (1 << 32)
    x = bits.astype(np.uint32).view(np.float32)
    x[:16] = specials(np.float32)
    np.save(f"{d}/x.npy", x)
    # A multiplicative hash (wrapping in uint64) spreads 2^16 patterns.
    bits = (np.arange(1 << 16, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
            + np.uint64(5))
    x = bits.view(np.float64).copy()
    x[:16] = specials(np.float64)
    np.save(f"{d}/x64.npy", x)


def check(d, prefix, selftest=False):
    wide = prefix.endswith("64-")
    x = np.load(f"{d}/x64.npy" if wide else f"{d}/x.npy")
    dtype, itype = (np.float64, np.int64) if wide else (np.float32, np.int32)
    identical = subnormal = bad = 0
    for i, c in enumerate(F64 if wide else F32):
        if selftest:
            got = x * (dtype(1) / dtype(c))
        else:
            got = np.load(f"{prefix}{i}.npy")
        with np.errstate(all="ignore"):
            want = x / dtype(c)
        same = (got.view(itype) == want.view(itype)) | (np.isnan(got) & np.isnan(want))
        identical += int(same.sum())
        diff = ~same
        ulps = np.abs(got.view(itype).astype(np.int64) - want.view(itype).astype(np.int64))
        small = np.abs(want) < np.finfo(dtype).tiny
        ok = diff & small & (ulps <= 1)
        subnormal += int(ok.sum())
        wrong = diff & ~ok
        bad += int(wrong.sum())
        for k in np.nonzero(wrong)[0][:3]:
            print(f"c={c} x={x[k]!r}: got {got[k]!r}, division gives {want[k]!r}")
    print(f"identical {identical} subnormal-1ulp {subnormal} wrong {bad}")


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        gen(sys.argv[2])
    elif sys.argv[1] == "selftest":
        check(sys.argv[2], "", selftest=True)
    else:
        check(sys.argv[2], sys.argv[3])
