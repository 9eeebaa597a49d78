let maybe: [Double?] = [1.0, nil, 2.5]
var sum = 0.0
for case let x? in maybe {
    sum += x
}
print(sum)
print(maybe.compactMap { $0 }.count)
