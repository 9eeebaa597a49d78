enum E: Error { case bad }
let r = Result<String, E>.success("fine")
let s: Result<String, E> = .failure(.bad)
switch r { case .success(let v): print(v) case .failure: print("no") }
switch s { case .success(let v): print(v) case .failure(let e): print(e) }
// expect: fine
// expect: bad
