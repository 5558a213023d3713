// Not dense arrays: a string that reads like one, a comment, and an i64
// array. array<index: 0> (in this comment) is not parsed either.
func.func @f() attributes {doc = "array<index: 1>", a = array<i64: 0, 4>} {
  return
}
