// A "//" inside a string before the array on its line is not a comment.
func.func @f() attributes {u = "http://x", a = array<index: 0, 4>} {
  return
}
