let xs = Array(1...10)
var chunks: [[Int]] = []
var i = 0
while i < xs.count {
    chunks.append(Array(xs[i..<min(i + 3, xs.count)]))
    i += 3
}
print(chunks)
