enum BoxError: Error { case empty(Int), inverted(lo: Double, hi: Double) }
func check(_ lo: Double, _ hi: Double) throws(BoxError) -> Double {
    guard lo <= hi else { throw .inverted(lo: lo, hi: hi) }
    guard lo < hi else { throw .empty(0) }
    return hi - lo
}
do { print(try check(0, 1)); _ = try check(2, 1) } catch { print("caught", error) }
do { _ = try check(1, 1) } catch { print("caught", error) }
// expect: 1.0
// expect: caught inverted(lo: 2.0, hi: 1.0)
// expect: caught empty(0)
