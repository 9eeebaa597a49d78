enum BoxError: Error { case empty }
struct Other: Error {}
func check(_ x: Double) throws(BoxError) -> Double {
    if x < 0 { throw Other() }
    return x
}
print(try check(1))
// expect error: 4:22 thrown expression type 'Other' cannot be converted to error type 'BoxError'
