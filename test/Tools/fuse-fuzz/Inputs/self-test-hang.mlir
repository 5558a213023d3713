// fuse-fuzz --self-test makes the input that names FUZZ_SELF_TEST_HANG
// hang, to test how the fuzzer detects, records and minimizes it.
func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  %unused = arith.constant 0 : index
  return %a : tensor<4xf32>
}
func.func @FUZZ_SELF_TEST_HANG() {
  return
}
