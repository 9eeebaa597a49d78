let series = [1.0, 2.0, 6.0, 4.0, 5.0, 9.0, 7.0]
let window = 3
let averages = (0...(series.count - window)).map { i in
    series[i..<(i + window)].reduce(0, +) / Double(window)
}
print(averages)
