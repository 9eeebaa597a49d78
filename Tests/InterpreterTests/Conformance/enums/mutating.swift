enum Switch {
    case on, off
    mutating func toggle() {
        switch self {
        case .on: self = .off
        case .off: self = .on
        }
    }
}
var s = Switch.off
s.toggle()
print(s)
s.toggle()
print(s)
// expect: on
// expect: off
