class Recorder { var values: [Double] = [] }
let rec = Recorder()
let record = { (x: Double) in rec.values.append(x) }
for x in [1.0, 2.0, 4.0] { record(x) }
print(rec.values.reduce(0, +), rec.values.count)
// expect: 7.0 3
