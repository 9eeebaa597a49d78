enum Result2 { case ok(Double), failed(String) }
let r = Result2.ok(1.5)
if case .ok(let v) = r { print("ok", v) }
if case .failed = r { print("failed") } else { print("not failed") }
func message(_ r: Result2) -> String {
    guard case .failed(let why) = r else { return "fine" }
    return "because " + why
}
print(message(.failed("nan")), message(r))
// expect: ok 1.5
// expect: not failed
// expect: because nan fine
