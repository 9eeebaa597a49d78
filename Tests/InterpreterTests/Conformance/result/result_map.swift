enum E: Error { case bad }
let r: Result<Int, E> = .success(4)
let doubled = r.map { $0 * 2 }
switch doubled { case .success(let v): print(v) case .failure: print("failed") }
let text = r.map { "value \($0)" }
if case .success(let s) = text { print(s) }
let failed: Result<Int, E> = .failure(.bad)
switch failed.map({ $0 + 1 }) { case .success: print("ok") case .failure(let e): print("still", e) }
// expect: 8
// expect: value 4
// expect: still bad
