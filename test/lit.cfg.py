# -*- Python -*-
# lit configuration for the fuse regression tests.

import os
import shutil

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "FUSE"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
# Test programs built by CMake live next to the tests; not tests themselves.
config.excludes = ["Inputs", "CMakeLists.txt", "README.md", "lit.cfg.py",
                   "lit.site.cfg.py"]

config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.fuse_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%shlibext", ".so"))
config.substitutions.append(("%fuse_src_root", config.fuse_src_root))
config.substitutions.append(
    ("%mlir_runner_utils",
     os.path.join(config.llvm_lib_dir, "libmlir_runner_utils.so")))
config.substitutions.append(
    ("%mlir_c_runner_utils",
     os.path.join(config.llvm_lib_dir, "libmlir_c_runner_utils.so")))
config.substitutions.append(
    ("%fuse_plugin", os.path.join(config.fuse_obj_root, "lib", "FusePlugin.so")))
config.substitutions.append(("%fuse_obj_root", config.fuse_obj_root))
# Debian's python3-* packages live under /usr/bin/python3.
config.substitutions.append(("%python", "/usr/bin/python3"))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP",
                                    "ASAN_OPTIONS", "UBSAN_OPTIONS"])
# A sanitizer build: tools that load fuse's libraries into an uninstrumented
# host (mlir-opt-22 with the plugin, a downstream CMake project) cannot run.
if config.fuse_sanitize:
    config.available_features.add("sanitizer")
llvm_config.use_default_substitutions()

tool_dirs = [config.fuse_tools_dir, config.llvm_tools_dir]
tools = [
    "fuse-opt",
    ToolSubst("fuse-run", unresolved="ignore"),
    "fuse-fuzz",
    "fuse-lsp-server",
    "fuse-reduce",
    "not",
    "fuse-capi-test",
    "mlir-runner",
    "mlir-translate",
    "mlir-opt",
    "llc",
    "clang",
]
llvm_config.add_tool_substitutions(tools, tool_dirs)

config.substitutions.append(("%host_cxx", config.host_cxx))

# Optional features.
import subprocess
if subprocess.run(["/usr/bin/python3", "-c", "import torch"],
                  capture_output=True).returncode == 0:
    config.available_features.add("torch")
if shutil.which("valgrind"):
    config.available_features.add("valgrind")
if shutil.which("cmake") and shutil.which("ninja"):
    config.available_features.add("cmake")
ptxas = shutil.which("ptxas") or (
    "/usr/local/cuda/bin/ptxas"
    if os.path.exists("/usr/local/cuda/bin/ptxas") else None)
if ptxas:
    config.available_features.add("ptxas")
    config.substitutions.append(("%ptxas", ptxas))
# fusion-to-llvm{threads=N}: fuse-run found an OpenMP runtime at configure
# time.
libomp = getattr(config, "fuse_libomp", "")
if libomp and not libomp.endswith("NOTFOUND") and os.path.exists(libomp):
    config.available_features.add("libomp")
# Executing GPU code: a GPU and fuse's CUDA runtime (built when CUDA was
# found at configure time).
if os.path.exists("/dev/nvidia0") and getattr(config, "fuse_cuda_runtime",
                                               False):
    config.available_features.add("cuda-runtime")
