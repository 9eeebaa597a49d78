enum NetError: Error { case timeout }
func fetch(_ ok: Bool) -> Result<Int, NetError> {
    ok ? .success(200) : .failure(.timeout)
}
for ok in [true, false] {
    switch fetch(ok) {
    case .success(let code): print("code", code)
    case .failure(let e): print("failed", e)
    }
}
let r = Result { try fetch(true).get() * 2 }
print((try? r.get()) ?? 0)
