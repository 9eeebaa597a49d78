enum ParseError: Error { case badDigit(String), empty }
struct LimitError: Error { var limit: Int }
func parse(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    if s.count > 3 { throw LimitError(limit: 3) }
    var n = 0
    for c in s {
        guard let d = Int(String(c)) else { throw ParseError.badDigit(String(c)) }
        n = n * 10 + d
    }
    return n
}
for input in ["12", "", "1x", "12345"] {
    do {
        print(try parse(input))
    } catch let e as LimitError {
        print("too long, limit", e.limit)
    } catch ParseError.badDigit(let c) {
        print("bad digit", c)
    } catch is ParseError {
        print("parse error")
    } catch {
        print("unexpected")
    }
}
// expect: 12
// expect: parse error
// expect: bad digit x
// expect: too long, limit 3
