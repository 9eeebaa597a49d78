enum Box<T> {
    case empty
    case full(T)
    var value: T? {
        switch self {
        case .empty: nil
        case .full(let v): v
        }
    }
}
let b: Box<Int> = .full(3)
print(b.value ?? 0)
let e = Box<String>.empty
print(e.value ?? "none")
// expect: 3
// expect: none
