struct Pt { var x: Double }
let ps = [Pt(x: 1)]
ps[0].x = 3
// expect error: 3:7 cannot assign to property: 'ps' is a 'let' constant
