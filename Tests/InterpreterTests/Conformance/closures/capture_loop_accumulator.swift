var log: [String] = []
func record(_ s: String) { log.append(s) }
for i in 1...3 { record("step \(i)") }
print(log)
// expect: ["step 1", "step 2", "step 3"]
