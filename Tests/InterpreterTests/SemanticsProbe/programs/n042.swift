import Foundation
enum E: Error { case bad(Int), worse }
func risky(_ n: Int) throws -> Int { if n < 0 { throw E.bad(n) }; if n == 0 { throw E.worse }; return n * 2 }
for n in [1, -3, 0] {
  do { print(try risky(n)) }
  catch E.bad(let v) where v < -2 { print("very bad", v) }
  catch E.bad(let v) { print("bad", v) }
  catch { print("other", error) }
}
print(try? risky(2) as Any, (try? risky(-1)) as Any)
