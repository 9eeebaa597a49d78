enum Priority: Int, Comparable {
    case low = 1, medium, high
    static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
}
let tasks: [Priority] = [.medium, .high, .low]
print(tasks.sorted())
print(tasks.max()!)
