let a = 1, b = 2, c = 3
print(a < b < c)
// expect error: 2:9 adjacent operators are in non-associative precedence group 'ComparisonPrecedence'
