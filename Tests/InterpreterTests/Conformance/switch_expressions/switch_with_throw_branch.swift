enum ParseError: Error { case unknown(String) }
func parse(_ s: String) throws -> Int {
    switch s {
    case "one": 1
    case "two": 2
    default: throw ParseError.unknown(s)
    }
}
do { print(try parse("two")) } catch { print("unexpected") }
do { _ = try parse("six") } catch { print("failed:", error) }
// expect: 2
// expect: failed: unknown("six")
