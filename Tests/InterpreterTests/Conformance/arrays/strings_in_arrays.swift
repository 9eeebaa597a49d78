let names = ["sgd", "adam"]
print(names, names.joined(separator: "+"))
// expect: ["sgd", "adam"] sgd+adam
