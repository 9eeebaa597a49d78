let values: [Int?] = [1, nil, 3, nil]
let filled = values.map { $0 ?? 0 }
print(filled)
let name: String? = nil
print("Hello, \(name ?? "anonymous")")
