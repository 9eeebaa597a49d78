let temps = ["mon": 21.5, "tue": 25.0, "wed": 19.0, "thu": 27.5]
let warm = temps.filter { $0.value > 20 }
print(warm.keys.sorted())
print(warm.count)
