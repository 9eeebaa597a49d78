var a = [1, 2]
let b = [3]
a[0...0] = b
// expect error: 3:12 cannot assign value of type '[Int]' to subscript of type 'ArraySlice<Int>'
