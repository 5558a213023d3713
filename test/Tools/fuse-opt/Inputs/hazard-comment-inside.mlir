// A comment between `array<` and its element type.
func.func @f() attributes {a = array< // the element type
    index : 0, 4>} {
  return
}
