var fibs = [0, 1]
while fibs.count < 15 { fibs.append(fibs[fibs.count - 1] + fibs[fibs.count - 2]) }
print(fibs)
print(fibs.filter { $0 % 2 == 0 }.map { $0 / 2 }, fibs.lazy.map { $0 * 3 }.filter { $0 > 100 }.first!)
print(fibs.indices.filter { fibs[$0] % 3 == 0 })
