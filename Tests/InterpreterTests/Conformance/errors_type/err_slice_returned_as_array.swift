let xs = [10, 20, 30, 40]
func tail() -> [Int] {
    return xs[1...]
}
print(tail()[0])
// expect error: 3:14 cannot convert return expression of type 'ArraySlice<Int>' to return type '[Int]'
