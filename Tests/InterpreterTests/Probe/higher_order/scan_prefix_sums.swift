let xs = [1, 2, 3, 4, 5]
var running: [Int] = []
var acc = 0
xs.forEach {
    acc += $0
    running.append(acc)
}
print(running)
