let primes: Set = [2, 3, 5, 7, 3]
var names: Set = ["sgd", "adam"]
names.insert("lbfgs")
print(primes.count, primes.contains(5), names.sorted())
// expect: 4 true ["adam", "lbfgs", "sgd"]
