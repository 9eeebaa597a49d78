var fs: [() -> Int] = []
var i = 0
while i < 3 {
    fs.append { [i] in i * 10 }
    i += 1
}
print(fs.map { $0() })
// expect: [0, 10, 20]
