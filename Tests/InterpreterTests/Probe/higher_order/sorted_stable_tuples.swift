let people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25)]
let sorted = people.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
print(sorted.map { $0.0 })
