// Fusion decisions also go to MLIR's remark engine: --remark-format=yaml
// collects them (passed and missed, with the reason); --remarks-filter='fusion-.*'
// takes all of them, --remarks-filter=<pass flag> one pass.
// RUN: fuse-opt %fuse_src_root/test/Integration/CPU/fold-bias.mlir --fusion-to-linalg --remark-format=yaml --remarks-filter='fusion-.*' --remarks-output-file=%t.yaml -o /dev/null 2>/dev/null
// RUN: FileCheck %s --check-prefix=ALL < %t.yaml
// ALL-DAG: Pass: {{ *}}fusion-fold-bias
// ALL-DAG: Name: {{ *}}BiasFolded
// ALL-DAG: Reason: {{ *}}'folded bias add into linalg.matmul; saves ~2097152 bytes of memory traffic'
// ALL-DAG: --- !Passed
// RUN: fuse-opt %fuse_src_root/test/Integration/CPU/fold-batchnorm.mlir --fusion-to-linalg --remark-format=yaml --remarks-filter=fusion-fold-batchnorm --remarks-output-file=%t.bn.yaml -o /dev/null 2>/dev/null
// RUN: FileCheck %s --check-prefix=BN < %t.bn.yaml
// BN-COUNT-4: Name: {{ *}}BatchNormFolded
// BN-NOT: fusion-fuse-elementwise
func.func @empty() {
  return
}
