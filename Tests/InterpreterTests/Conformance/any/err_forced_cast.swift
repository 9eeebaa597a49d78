let values: [Any] = [1, "two"]
let n = values[1] as! Int
print(n)
// expect error: 2:19 Could not cast value of type 'Swift.String' to 'Swift.Int'
