let temps = [12.0, 15.5, 21.0, 19.5]
print(temps.first { $0 > 20 }!)
print(temps.contains { $0 < 10 })
print(temps.filter { $0 > 14 }.count)
