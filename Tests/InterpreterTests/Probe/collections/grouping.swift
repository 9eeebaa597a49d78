let numbers = [1, 2, 3, 4, 5, 6, 7, 8, 9]
let groups = Dictionary(grouping: numbers) { $0 % 3 }
for k in groups.keys.sorted() {
    print(k, groups[k]!)
}
