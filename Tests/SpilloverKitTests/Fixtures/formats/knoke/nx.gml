graph [
  directed 1
  multigraph 1
  node [
    id 0
    label "COUN"
    group "organisation"
  ]
  node [
    id 1
    label "COMM"
    group "organisation"
  ]
  node [
    id 2
    label "EDUC"
    group "organisation"
  ]
  node [
    id 3
    label "INDU"
    group "organisation"
  ]
  node [
    id 4
    label "MAYR"
    group "organisation"
  ]
  node [
    id 5
    label "WRO"
    group "organisation"
  ]
  node [
    id 6
    label "NEWS"
    group "organisation"
  ]
  node [
    id 7
    label "UWAY"
    group "organisation"
  ]
  node [
    id 8
    label "WELF"
    group "organisation"
  ]
  node [
    id 9
    label "WEST"
    group "organisation"
  ]
  edge [
    source 0
    target 1
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 0
    target 4
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 0
    target 4
    key 1
    weight 1.0
    type "money"
  ]
  edge [
    source 0
    target 6
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 0
    target 8
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 0
    target 8
    key 1
    weight 1.0
    type "money"
  ]
  edge [
    source 0
    target 2
    key 0
    weight 1.0
    type "money"
  ]
  edge [
    source 0
    target 7
    key 0
    weight 1.0
    type "money"
  ]
  edge [
    source 0
    target 9
    key 0
    weight 1.0
    type "money"
  ]
  edge [
    source 1
    target 0
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 1
    target 2
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 1
    target 2
    key 1
    weight 1.0
    type "money"
  ]
  edge [
    source 1
    target 3
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 1
    target 4
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 1
    target 6
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 1
    target 7
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 1
    target 8
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 2
    target 1
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 2
    target 3
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 2
    target 4
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 2
    target 5
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 2
    target 6
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 2
    target 9
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 2
    target 7
    key 0
    weight 1.0
    type "money"
  ]
  edge [
    source 3
    target 0
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 3
    target 1
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 3
    target 1
    key 1
    weight 1.0
    type "money"
  ]
  edge [
    source 3
    target 4
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 3
    target 6
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 3
    target 6
    key 1
    weight 1.0
    type "money"
  ]
  edge [
    source 3
    target 2
    key 0
    weight 1.0
    type "money"
  ]
  edge [
    source 3
    target 7
    key 0
    weight 1.0
    type "money"
  ]
  edge [
    source 3
    target 8
    key 0
    weight 1.0
    type "money"
  ]
  edge [
    source 4
    target 0
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 4
    target 1
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 4
    target 1
    key 1
    weight 1.0
    type "money"
  ]
  edge [
    source 4
    target 2
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 4
    target 2
    key 1
    weight 1.0
    type "money"
  ]
  edge [
    source 4
    target 3
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 4
    target 6
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 4
    target 7
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 4
    target 7
    key 1
    weight 1.0
    type "money"
  ]
  edge [
    source 4
    target 8
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 4
    target 8
    key 1
    weight 1.0
    type "money"
  ]
  edge [
    source 4
    target 9
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 5
    target 2
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 5
    target 6
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 5
    target 8
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 6
    target 1
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 6
    target 1
    key 1
    weight 1.0
    type "money"
  ]
  edge [
    source 6
    target 3
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 6
    target 4
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 6
    target 7
    key 0
    weight 1.0
    type "money"
  ]
  edge [
    source 7
    target 0
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 7
    target 1
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 7
    target 3
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 7
    target 4
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 7
    target 6
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 7
    target 8
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 7
    target 8
    key 1
    weight 1.0
    type "money"
  ]
  edge [
    source 7
    target 9
    key 0
    weight 1.0
    type "money"
  ]
  edge [
    source 8
    target 1
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 8
    target 4
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 8
    target 6
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 8
    target 2
    key 0
    weight 1.0
    type "money"
  ]
  edge [
    source 8
    target 7
    key 0
    weight 1.0
    type "money"
  ]
  edge [
    source 9
    target 0
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 9
    target 1
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 9
    target 2
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 9
    target 4
    key 0
    weight 1.0
    type "information"
  ]
  edge [
    source 9
    target 6
    key 0
    weight 1.0
    type "information"
  ]
]
