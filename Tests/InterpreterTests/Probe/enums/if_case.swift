enum Result2 {
    case success(Double)
    case failure(String)
}
let results: [Result2] = [.success(1.5), .failure("diverged"), .success(0.25)]
var total = 0.0
for r in results {
    if case .success(let v) = r { total += v }
    if case .failure(let why) = r { print("failed:", why) }
}
print(total)
