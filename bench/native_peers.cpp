// Native peers of bench/peers.py: oneDNN (with post-ops) and OpenBLAS
// (sgemm + a separate epilogue loop) on W2-W4, the workloads fuse is timed
// on. Not part of the build: peers.py compiles it when Debian's libdnnl-dev
// and libopenblas-dev are installed.
//
//   native_peers onednn|openblas THREADS N   -> one JSON object of medians
//   (with "openblas_core": the kernel OpenBLAS chose)
//
// Each entry is the median of N timed calls (after two warm-up calls), in
// ms. Activations are in the layouts the fuse workloads use (row-major
// matrices, NCHW images); weights are prepared once outside the timed loop
// (oneDNN: reordered to the layout its primitive chose; the batch norm is
// folded into the convolution's weights and bias), as a framework would.

#include <cblas.h>
#include <dnnl.hpp>
#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

extern "C" char *openblas_get_corename(void);
extern "C" void openblas_set_num_threads(int);

using namespace dnnl;
using Dims = memory::dims;
using Tag = memory::format_tag;
static const auto F32 = memory::data_type::f32;

static int reps = 10;

static double median(const std::function<void()> &f) {
  f();
  f();
  std::vector<double> ts;
  for (int i = 0; i < reps; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    ts.push_back(std::chrono::duration<double, std::milli>(
                     std::chrono::steady_clock::now() - t0)
                     .count());
  }
  std::sort(ts.begin(), ts.end());
  return ts[ts.size() / 2];
}

static std::vector<float> randomVector(size_t n, unsigned seed) {
  std::mt19937 gen(seed);
  std::uniform_real_distribution<float> dist(-1.f, 1.f);
  std::vector<float> v(n);
  for (float &x : v)
    x = dist(gen);
  return v;
}

// y[m][n] = max(y[m][n] + b[n], 0) (relu) or y + b.
static void biasEpilogue(float *y, const float *b, int m, int n, bool relu) {
#pragma omp parallel for
  for (int i = 0; i < m; ++i)
    for (int j = 0; j < n; ++j) {
      float v = y[size_t(i) * n + j] + b[j];
      y[size_t(i) * n + j] = relu ? std::max(v, 0.f) : v;
    }
}

//===----------------------------------------------------------------------===//
// OpenBLAS
//===----------------------------------------------------------------------===//

static void gemm(const float *a, const float *b, float *c, int m, int n,
                 int k) {
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1.f, a, k, b,
              n, 0.f, c, n);
}

static double blasW2() {
  int m = 64, k = 1024, n = 4096;
  auto x = randomVector(size_t(m) * k, 1), w = randomVector(size_t(k) * n, 2),
       b = randomVector(n, 3);
  std::vector<float> y(size_t(m) * n);
  return median([&] {
    gemm(x.data(), w.data(), y.data(), m, n, k);
    biasEpilogue(y.data(), b.data(), m, n, true);
  });
}

// 3x3 valid convolution by im2col + sgemm; BN folded into w and b.
static double blasW3(int batch) {
  int c = 64, f = 64, h = 58, ow = 56, kk = c * 9, p = ow * ow;
  auto x = randomVector(size_t(batch) * c * h * h, 4),
       w = randomVector(size_t(f) * kk, 5), b = randomVector(f, 6);
  std::vector<float> col(size_t(kk) * p), y(size_t(batch) * f * p);
  return median([&] {
    for (int n = 0; n < batch; ++n) {
      const float *xn = x.data() + size_t(n) * c * h * h;
#pragma omp parallel for
      for (int r = 0; r < kk; ++r) {
        int ci = r / 9, kh = r % 9 / 3, kw = r % 3;
        for (int oh = 0; oh < ow; ++oh)
          std::copy_n(xn + (size_t(ci) * h + oh + kh) * h + kw, ow,
                      col.data() + size_t(r) * p + size_t(oh) * ow);
      }
      float *yn = y.data() + size_t(n) * f * p;
      gemm(w.data(), col.data(), yn, f, p, kk);
#pragma omp parallel for
      for (int fi = 0; fi < f; ++fi)
        for (int q = 0; q < p; ++q)
          yn[size_t(fi) * p + q] = std::max(yn[size_t(fi) * p + q] + b[fi], 0.f);
    }
  });
}

static double blasW4(int batch) {
  int d = 512, hdim = 512, o = 256;
  auto x = randomVector(size_t(batch) * d, 7);
  std::vector<std::vector<float>> w1, b1, w2, b2;
  for (int i = 0; i < 3; ++i) {
    w1.push_back(randomVector(size_t(d) * hdim, 10 + i));
    b1.push_back(randomVector(hdim, 20 + i));
    w2.push_back(randomVector(size_t(hdim) * o, 30 + i));
    b2.push_back(randomVector(o, 40 + i));
  }
  std::vector<float> hid(size_t(batch) * hdim), out(size_t(3) * batch * o),
      mean(size_t(batch) * o);
  return median([&] {
    for (int i = 0; i < 3; ++i) {
      gemm(x.data(), w1[i].data(), hid.data(), batch, hdim, d);
      biasEpilogue(hid.data(), b1[i].data(), batch, hdim, true);
      float *oi = out.data() + size_t(i) * batch * o;
      gemm(hid.data(), w2[i].data(), oi, batch, o, hdim);
      biasEpilogue(oi, b2[i].data(), batch, o, false);
    }
    size_t n = size_t(batch) * o;
#pragma omp parallel for
    for (size_t j = 0; j < n; ++j)
      mean[j] = (out[j] + out[n + j] + out[2 * n + j]) / 3.f;
  });
}

//===----------------------------------------------------------------------===//
// oneDNN
//===----------------------------------------------------------------------===//

static engine eng(engine::kind::cpu, 0);

static memory userMemory(const Dims &dims, Tag tag, std::vector<float> &data) {
  return memory({dims, F32, tag}, eng, data.data());
}

// y = relu?(x W + b) as one matmul primitive with a bias and a ReLU post-op.
struct Linear {
  matmul prim;
  memory x, w, b, y;
  Linear(int m, int k, int n, bool relu, std::vector<float> &xs,
         std::vector<float> &ws, std::vector<float> &bs,
         std::vector<float> &ys) {
    memory::desc xd({m, k}, F32, Tag::ab), wd({k, n}, F32, Tag::ab),
        bd({1, n}, F32, Tag::ab), yd({m, n}, F32, Tag::ab);
    primitive_attr attr;
    if (relu) {
      post_ops ops;
      ops.append_eltwise(1.f, algorithm::eltwise_relu, 0.f, 0.f);
      attr.set_post_ops(ops);
    }
    matmul::primitive_desc pd(matmul::desc(xd, wd, bd, yd), attr, eng);
    prim = matmul(pd);
    x = memory(xd, eng, xs.data());
    w = memory(wd, eng, ws.data());
    b = memory(bd, eng, bs.data());
    y = memory(yd, eng, ys.data());
  }
  void run(stream &s) {
    prim.execute(s, {{DNNL_ARG_SRC, x},
                     {DNNL_ARG_WEIGHTS, w},
                     {DNNL_ARG_BIAS, b},
                     {DNNL_ARG_DST, y}});
  }
};

static double dnnlW2() {
  int m = 64, k = 1024, n = 4096;
  auto x = randomVector(size_t(m) * k, 1), w = randomVector(size_t(k) * n, 2),
       b = randomVector(n, 3);
  std::vector<float> y(size_t(m) * n);
  stream s(eng);
  Linear layer(m, k, n, true, x, w, b, y);
  return median([&] {
    layer.run(s);
    s.wait();
  });
}

static double dnnlW3(int batch) {
  int c = 64, f = 64, h = 58, ow = 56;
  auto x = randomVector(size_t(batch) * c * h * h, 4),
       w = randomVector(size_t(f) * c * 9, 5), b = randomVector(f, 6);
  std::vector<float> y(size_t(batch) * f * ow * ow);
  Dims xDims = {batch, c, h, h}, wDims = {f, c, 3, 3}, yDims = {batch, f, ow, ow};
  memory::desc xAny(xDims, F32, Tag::any), wAny(wDims, F32, Tag::any),
      yAny(yDims, F32, Tag::any), bd({f}, F32, Tag::a);
  post_ops ops;
  ops.append_eltwise(1.f, algorithm::eltwise_relu, 0.f, 0.f);
  primitive_attr attr;
  attr.set_post_ops(ops);
  convolution_forward::primitive_desc pd(
      convolution_forward::desc(prop_kind::forward_inference,
                                algorithm::convolution_direct, xAny, wAny, bd,
                                yAny, {1, 1}, {0, 0}, {0, 0}),
      attr, eng);
  stream s(eng);
  memory xUser = userMemory(xDims, Tag::nchw, x),
         wUser = userMemory(wDims, Tag::oihw, w),
         yUser = userMemory(yDims, Tag::nchw, y), bMem({bd, eng, b.data()});
  // Weights: reordered once (constant). Activations: NCHW in and out.
  memory wPrim(pd.weights_desc(), eng), xPrim(pd.src_desc(), eng),
      yPrim(pd.dst_desc(), eng);
  reorder(wUser, wPrim).execute(s, wUser, wPrim);
  s.wait();
  convolution_forward conv(pd);
  bool xReorder = pd.src_desc() != xUser.get_desc(),
       yReorder = pd.dst_desc() != yUser.get_desc();
  reorder toPrim = xReorder ? reorder(xUser, xPrim) : reorder();
  reorder toUser = yReorder ? reorder(yPrim, yUser) : reorder();
  return median([&] {
    if (xReorder)
      toPrim.execute(s, xUser, xPrim);
    conv.execute(s, {{DNNL_ARG_SRC, xReorder ? xPrim : xUser},
                     {DNNL_ARG_WEIGHTS, wPrim},
                     {DNNL_ARG_BIAS, bMem},
                     {DNNL_ARG_DST, yReorder ? yPrim : yUser}});
    if (yReorder)
      toUser.execute(s, yPrim, yUser);
    s.wait();
  });
}

static double dnnlW4(int batch) {
  int d = 512, hdim = 512, o = 256;
  auto x = randomVector(size_t(batch) * d, 7);
  std::vector<std::vector<float>> w1, b1, w2, b2, hid, out;
  for (int i = 0; i < 3; ++i) {
    w1.push_back(randomVector(size_t(d) * hdim, 10 + i));
    b1.push_back(randomVector(hdim, 20 + i));
    w2.push_back(randomVector(size_t(hdim) * o, 30 + i));
    b2.push_back(randomVector(o, 40 + i));
    hid.emplace_back(size_t(batch) * hdim);
    out.emplace_back(size_t(batch) * o);
  }
  std::vector<float> mean(size_t(batch) * o);
  std::vector<Linear> layers;
  for (int i = 0; i < 3; ++i) {
    layers.emplace_back(batch, d, hdim, true, x, w1[i], b1[i], hid[i]);
    layers.emplace_back(batch, hdim, o, false, hid[i], w2[i], b2[i], out[i]);
  }
  stream s(eng);
  return median([&] {
    for (Linear &l : layers)
      l.run(s);
    s.wait();
    size_t n = mean.size();
#pragma omp parallel for
    for (size_t j = 0; j < n; ++j)
      mean[j] = (out[0][j] + out[1][j] + out[2][j]) / 3.f;
  });
}

int main(int argc, char **argv) {
  if (argc != 4 || (std::string(argv[1]) != "onednn" &&
                    std::string(argv[1]) != "openblas")) {
    std::fprintf(stderr, "usage: native_peers onednn|openblas THREADS N\n");
    return 2;
  }
  // One library per process: OpenBLAS's pthreads and the OpenMP threads of
  // oneDNN (and of the epilogue loops) must not compete for the cores.
  bool blas = std::string(argv[1]) == "openblas";
  int threads = std::atoi(argv[2]);
  reps = std::atoi(argv[3]);
  omp_set_num_threads(threads);
  openblas_set_num_threads(threads);
  const char *w2 = "W2 MLP 64x1024x4096 +bias+ReLU";
  const char *w3 = "W3 conv 3x3 64->64 56x56 +BN+ReLU";
  const char *w3b = "W3 conv N=8";
  const char *w4a = "W4 ensemble B=64", *w4b = "W4 ensemble B=256";
  if (blas)
    std::printf("{\"openblas_core\": \"%s\", \"%s\": %.4f, \"%s\": %.4f, "
                "\"%s\": %.4f, \"%s\": %.4f, \"%s\": %.4f}\n",
                openblas_get_corename(), w2, blasW2(), w3, blasW3(1), w3b,
                blasW3(8), w4a, blasW4(64), w4b, blasW4(256));
  else
    std::printf("{\"%s\": %.4f, \"%s\": %.4f, \"%s\": %.4f, \"%s\": %.4f, "
                "\"%s\": %.4f}\n",
                w2, dnnlW2(), w3, dnnlW3(1), w3b, dnnlW3(8), w4a, dnnlW4(64),
                w4b, dnnlW4(256));
  return 0;
}
